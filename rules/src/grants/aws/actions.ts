/**
 * IAM action tables as data, matched with the shared wildcard matcher (`../match.ts`).
 */

/**
 * Actions that let a principal raise its own privileges. Each says in words what it allows, because the
 * finding names the action: "iam:PassRole on *" means nothing to a reader who has not met the technique.
 */
export const ESCALATION_ACTIONS: readonly { action: string; allows: string }[] = [
  { action: 'iam:PassRole', allows: 'hand any role, including administrator roles, to a service it controls' },
  { action: 'iam:CreatePolicyVersion', allows: 'rewrite any customer-managed policy, including its own, to grant itself anything' },
  { action: 'iam:SetDefaultPolicyVersion', allows: 'switch any policy to a more permissive version' },
  { action: 'iam:AttachUserPolicy', allows: 'attach AdministratorAccess to any user' },
  { action: 'iam:AttachGroupPolicy', allows: 'attach AdministratorAccess to any group' },
  { action: 'iam:AttachRolePolicy', allows: 'attach AdministratorAccess to any role' },
  { action: 'iam:PutUserPolicy', allows: 'write an inline administrator policy on any user' },
  { action: 'iam:PutGroupPolicy', allows: 'write an inline administrator policy on any group' },
  { action: 'iam:PutRolePolicy', allows: 'write an inline administrator policy on any role' },
  { action: 'iam:CreateAccessKey', allows: 'mint long-lived access keys for any user' },
  { action: 'iam:CreateLoginProfile', allows: 'set a console password on any user' },
  { action: 'iam:UpdateLoginProfile', allows: "change any user's console password" },
  { action: 'iam:UpdateAssumeRolePolicy', allows: 'make any role assumable by itself' },
  { action: 'iam:AddUserToGroup', allows: 'join any group, including administrator groups' },
  { action: 'iam:PutRolePermissionsBoundary', allows: 'replace the permissions boundary that limits a role' },
  { action: 'iam:DeleteRolePermissionsBoundary', allows: 'remove the permissions boundary that limits a role' },
  { action: 'iam:PutUserPermissionsBoundary', allows: 'replace the permissions boundary that limits a user' },
  { action: 'iam:DeleteUserPermissionsBoundary', allows: 'remove the permissions boundary that limits a user' },
  { action: 'sts:AssumeRole', allows: 'assume any role that trusts this account' },
];

/**
 * Actions that do not support resource-level permissions (or are harmless account-level reads): `Resource: "*"`
 * is the only value they accept, so it is not a finding. `Describe*` and `List*` are read-only metadata calls
 * in nearly every service; S3's own `List`/`Describe` calls are the exception (they list object keys and read
 * batch-job and access-point details, and can be limited to a bucket or job), so S3 is listed explicitly.
 */
export const NON_RESOURCE_ACTIONS: readonly string[] = [
  'sts:GetCallerIdentity',
  'sts:GetSessionToken',
  'sts:GetAccessKeyInfo',
  'sts:DecodeAuthorizationMessage',
  'ecr:GetAuthorizationToken',
  'cloudwatch:PutMetricData',
  'cloudwatch:GetMetricData',
  'cloudwatch:GetMetricStatistics',
  'cloudwatch:GetMetricWidgetImage',
  'logs:DescribeLogGroups',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'xray:GetSamplingStatisticSummaries',
  'tag:GetResources',
  'tag:GetTagKeys',
  'tag:GetTagValues',
  'kms:CreateKey',
  'kms:GenerateRandom',
  'iam:GetAccountSummary',
  'iam:GetAccountPasswordPolicy',
  'iam:GetAccountAuthorizationDetails',
  'iam:GenerateCredentialReport',
  'iam:GetCredentialReport',
  'secretsmanager:GetRandomPassword',
  's3:ListAllMyBuckets',
  's3:GetAccountPublicAccessBlock',
  'ec2:CreateNetworkInterface',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  'ce:*',
  'pricing:*',
  'health:*',
  'support:*',
  'trustedadvisor:*',
  'servicequotas:Get*',
  'route53:GetChange',
  'route53domains:Check*',
];

/** Services whose `List*` / `Describe*` calls reach data or can be limited to a resource: not account-level reads. */
const RESTRICTABLE_READS = new Set(['s3']);

import { globMatch, globsOverlap } from '../match.js';

export function serviceOf(action: string): string {
  const i = action.indexOf(':');
  return i < 0 ? '' : action.slice(0, i).toLowerCase();
}

/** True when every action a pattern could name accepts only `Resource: "*"` (so `*` there is not a finding). */
export function isNonResourceAction(action: string): boolean {
  const svc = serviceOf(action);
  const name = action.slice(action.indexOf(':') + 1).toLowerCase();
  if (!svc || name === '*' || name === '') return false;
  if (!RESTRICTABLE_READS.has(svc) && (name.startsWith('describe') || name.startsWith('list'))) return true;
  return NON_RESOURCE_ACTIONS.some((p) => globMatch(p, action) || (p.endsWith(':*') && serviceOf(p) === svc));
}

/** The escalation entries an action pattern reaches (`iam:Attach*` reaches three). */
export function escalationsOf(action: string): { action: string; allows: string }[] {
  return ESCALATION_ACTIONS.filter((e) => globsOverlap(action, e.action));
}

/**
 * AWS service prefixes whose actions the wildcard-resource rule judges. An action of a prefix not listed
 * (a typo, a placeholder like `some:action`, a service this table has not met) is not claimed to be
 * restrictable: the rule says nothing rather than guess.
 */
const KNOWN_SERVICES = new Set(
  (
    'access-analyzer acm acm-pca airflow amplify apigateway appconfig application-autoscaling appmesh apprunner appsync athena ' +
    'autoscaling backup batch bedrock budgets cloud9 cloudformation cloudfront cloudhsm cloudsearch cloudtrail cloudwatch ' +
    'codeartifact codebuild codecommit codedeploy codeguru codepipeline codestar-connections cognito-identity cognito-idp ' +
    'comprehend config connect datasync dax detective devicefarm directconnect dlm dms ds dynamodb ebs ec2 ec2messages ecr ' +
    'ecr-public ecs eks elasticache elasticbeanstalk elasticfilesystem elasticloadbalancing elasticmapreduce elastictranscoder ' +
    'emr-containers emr-serverless es events firehose fis fsx gamelift glacier globalaccelerator glue grafana greengrass ' +
    'guardduty iam identitystore imagebuilder inspector inspector2 iot iotevents iotsitewise ivs kafka kafka-cluster kendra ' +
    'kinesis kinesisanalytics kinesisvideo kms lakeformation lambda lex lightsail logs macie2 mediaconvert medialive ' +
    'mediapackage mediastore memorydb mq network-firewall networkmanager opensearch organizations personalize pipes polly ' +
    'qldb quicksight ram rds rds-data rds-db redshift redshift-data redshift-serverless rekognition resource-groups ' +
    'route53 route53resolver s3 s3-object-lambda sagemaker scheduler schemas secretsmanager securityhub serverlessrepo ' +
    'servicecatalog servicediscovery ses shield signer sms-voice sns sqs ssm ssm-incidents ssmmessages sso sso-directory ' +
    'states storagegateway sts swf synthetics textract timestream transcribe transfer translate waf waf-regional wafv2 ' +
    'workspaces xray'
  ).split(' '),
);

export function isKnownService(service: string): boolean {
  return KNOWN_SERVICES.has(service.toLowerCase());
}
