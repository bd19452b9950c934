import type { PatternRule } from '../../rule.js';
import { fakeChars, ALNUM, BASE64 } from '../testing/fake.js';
import { notASecret, secretName } from './values.js';

/**
 * Secrets in XML: `<password>v</password>` (Maven settings, Jenkins credentials.xml, Spring, Tomcat), and the
 * key/value attribute pairs of .NET `app.config` / `web.config` and Java properties XML:
 * `<add key="ApiKey" value="v"/>`, `<entry key="password">v</entry>`, `<property name="secret" value="v"/>`.
 */
// The value may stand on its own line between the tags (pretty-printed XML).
const ELEMENT = /<([A-Za-z][A-Za-z0-9_.:-]{0,60})(?:\s[^<>]{0,200})?>\s{0,80}([^<>\s](?:[^<>\n]{4,998})?[^<>\s])\s{0,80}<\/\1>/;
const KEY_VALUE =
  /<(?:add|entry|property|setting|param|item|Setting|Add)\s[^<>]{0,100}?(?:key|name)\s{0,3}=\s{0,3}"([A-Za-z_][\w.:-]{0,60})"[^<>]{0,100}?\s(?:value|serializeAs)\s{0,3}=\s{0,3}"([^"\n]{6,1000})"/;

export const genericXmlSecret: PatternRule = {
  kind: 'pattern',
  id: 'generic-xml-secret',
  title: 'Hard-coded secret in an XML element',
  category: 'secret',
  severity: 'warning',
  description:
    'A literal value inside an XML element whose name says it holds a secret (<password>, <secret>, <apiKey>), as in Maven settings.xml, Jenkins credentials or Spring configuration.',
  remediation:
    'Rotate the value and inject it at run time: Maven `${env.X}` or encrypted settings, Jenkins credentials bound by id, Spring `${X}` placeholders resolved from the environment or a secret manager.',
  lifetime: 'unknown',
  tags: ['fallback', 'generic'],
  keywords: ['secret', 'passw', 'token', 'key', 'credential', 'pwd'],
  pattern: ELEMENT,
  linesAround: 2,
  secretGroup: 2,
  skipCommonFilters: true,
  validate(secret, ctx) {
    const name = ctx.match[1]!;
    const kind = secretName(name.split(':').pop()!);
    if (!kind) return `element <${name.slice(0, 40)}> does not say it holds a secret`;
    // Jenkins stores credentials as {AQAAABAAAA…} blobs encrypted with its master key: still a secret to keep out of git.
    const value = secret.replace(/^\{|\}$/g, '').trim();
    const words = value.split(/\s+/);
    const token = words.length > 1 ? words.reduce((a, b) => (b.length > a.length ? b : a)) : value;
    const reason = notASecret(name, token, { password: kind === 'password', quoted: true });
    return reason ?? true;
  },
  examples: () => ({
    match: [
      `<server>\n  <id>nexus</id>\n  <password>${fakeChars(ALNUM, 16, 'mvn')}1!</password>\n</server>`,
      `<secret>{${fakeChars(BASE64, 44, 'jenkins')}}</secret>`,
      `<apiToken>${fakeChars(ALNUM, 32, 'xml')}</apiToken>`,
      `<deployToken>\n    ${fakeChars(ALNUM, 32, 'xmlml')}\n</deployToken>`,
    ],
    noMatch: [
      '<password>${env.NEXUS_PASSWORD}</password>',
      '<passwordPolicy>strict-mode-enabled</passwordPolicy>',
      '<token>PLACEHOLDER_TOKEN</token>',
      '<secret>changeme</secret>',
    ],
  }),
};

export const genericXmlKeyValueSecret: PatternRule = {
  kind: 'pattern',
  id: 'generic-config-key-value-secret',
  title: 'Hard-coded secret in a key/value configuration entry',
  category: 'secret',
  severity: 'warning',
  description:
    'A literal secret in a key/value XML entry such as .NET appSettings `<add key="ApiKey" value="…"/>` or Java `<entry key="password">`.',
  remediation:
    'Rotate the value; in .NET read it from user secrets, environment variables or Azure Key Vault configuration providers; in Java from the environment or a vault.',
  lifetime: 'unknown',
  tags: ['fallback', 'generic'],
  keywords: ['key=', 'name='],
  pattern: KEY_VALUE,
  secretGroup: 2,
  skipCommonFilters: true,
  validate(secret, ctx) {
    const name = ctx.match[1]!;
    const kind = secretName(name);
    if (!kind) return `key "${name.slice(0, 40)}" does not say it holds a secret`;
    return notASecret(name, secret, { password: kind === 'password', quoted: true }) ?? true;
  },
  examples: () => ({
    match: [
      `<appSettings>\n  <add key="StripeSecretKey" value="${fakeChars(ALNUM, 30, 'net')}" />\n</appSettings>`,
      `<add key="DbPassword" value="${fakeChars(ALNUM, 12, 'netpw')}#7" />`,
    ],
    noMatch: ['<add key="ApiKey" value="%API_KEY%" />', '<add key="ApiKeyHeaderName" value="X-Api-Key" />', '<add key="Theme" value="dark-mode-2024" />'],
  }),
};
