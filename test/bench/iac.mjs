// Generated IaC for `npm run bench`: a Terraform tree and one multi-document Kubernetes YAML file of a given
// size, mixing over-broad grants with ordinary least-privilege resources (about one grant in five), made at
// run time so nothing large is committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tfBlocks = [
  (i) => `resource "aws_iam_policy" "p${i}" {\n  name = "p${i}"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["s3:GetObject", "s3:PutObject"]\n        Resource = "\${aws_s3_bucket.b${i}.arn}/*"\n      },\n      {\n        Effect   = "Allow"\n        Action   = ["ec2:DescribeInstances"]\n        Resource = "*"\n      },\n    ]\n  })\n}\n`,
  (i) => `resource "aws_iam_role_policy" "r${i}" {\n  role   = aws_iam_role.r${i}.id\n  policy = <<-EOF\n    {\n      "Version": "2012-10-17",\n      "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}]\n    }\n  EOF\n}\n`,
  (i) => `data "aws_iam_policy_document" "d${i}" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.q${i}.arn]\n    principals {\n      type        = "Service"\n      identifiers = ["sns.amazonaws.com"]\n    }\n  }\n}\n`,
  (i) => `resource "google_project_iam_member" "m${i}" {\n  project = "proj-${i}"\n  role    = "roles/run.developer"\n  member  = "serviceAccount:svc${i}@proj.iam.gserviceaccount.com"\n}\n`,
  (i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n  tags = {\n    Name        = "bucket-${i}"\n    Environment = var.env\n  }\n}\n\nvariable "v${i}" {\n  type    = list(string)\n  default = ["a", "b"]\n}\n`,
];

const k8sDocs = [
  (i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader-${i}\n  namespace: ns-${i % 50}\nrules:\n  - apiGroups: [""]\n    resources: ["configmaps", "pods"]\n    verbs: ["get", "list", "watch"]\n`,
  (i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app-${i}\n  template:\n    metadata:\n      labels:\n        app: app-${i}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${i}\n          ports:\n            - containerPort: 8080\n          env:\n            - name: LOG_LEVEL\n              value: info\n`,
  (i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops-${i}\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n`,
  (i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector:\n    app: app-${i}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
  (i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: reader-${i}\n  namespace: ns-${i % 50}\nroleRef:\n  kind: Role\n  name: reader-${i}\nsubjects:\n  - kind: ServiceAccount\n    name: app-${i}\n`,
];

/** A Terraform tree of ~`bytes`, in files of ~40 KB (a module's main.tf). */
export function generateTerraform(dir, bytes) {
  rmSync(dir, { recursive: true, force: true });
  let total = 0, file = 0, i = 0;
  while (total < bytes) {
    const mod = join(dir, `modules/m${file % 40}`);
    mkdirSync(mod, { recursive: true });
    let text = '';
    while (text.length < 40_000) text += tfBlocks[i % tfBlocks.length](i++) + '\n';
    writeFileSync(join(mod, `main${file}.tf`), text);
    total += text.length;
    file++;
  }
  return { files: file, bytes: total };
}

/** One multi-document Kubernetes YAML file of ~`bytes`. */
export function generateKubernetes(path, bytes) {
  const parts = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const doc = k8sDocs[i % k8sDocs.length](i);
    parts.push(doc);
    total += doc.length + 4;
  }
  writeFileSync(path, parts.join('---\n'));
  return { files: 1, bytes: total };
}
