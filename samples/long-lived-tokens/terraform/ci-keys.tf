# nhilint sample: Terraform that mints keys for CI identities. Each key lands in the state in clear and
# never expires (the Entra ID password: 2 years).

resource "google_service_account" "ci" {
  account_id   = "nhilint-sample-ci"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}

resource "aws_iam_user" "ci" {
  name = "nhilint-sample-ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

resource "azuread_application_password" "ci" {
  application_id = azuread_application.ci.id
  display_name   = "ci"
}
