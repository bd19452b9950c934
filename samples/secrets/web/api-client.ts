// Calls the billing API (nhilint sample: the token below is fake).
const SERVICE_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubmhpbGludC1zYW1wbGUuZXhhbXBsZSIsInN1YiI6InN2Yy1iaWxsaW5nIiwiYXVkIjoiYmlsbGluZy1hcGkiLCJpYXQiOjE3NjcyMjU2MDB9.nhilintSAMPLEsig7Qx2Lw9Rt4Vb8Zn3Mc6Pd1Fg5Hj2Kl';

export async function listInvoices(): Promise<unknown> {
  const res = await fetch('https://billing.internal/v1/invoices', {
    headers: { Authorization: `Bearer ${SERVICE_JWT}` },
  });
  return res.json();
}
