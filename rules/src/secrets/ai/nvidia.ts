import type { PatternRule } from '../../index.js';
import { BASE64URL, fake } from '../testing/fake.js';

/**
 * NVIDIA API keys (build.nvidia.com / NGC personal keys for hosted NIM endpoints): `nvapi-` + 64 base64url
 * characters. The length bounds are kept a little wider than the keys seen so far.
 */
export const nvidiaApiKey: PatternRule = {
  kind: 'pattern',
  id: 'nvidia-api-key',
  title: 'NVIDIA API key',
  category: 'secret',
  severity: 'error',
  description: 'An NVIDIA API key (nvapi-); it calls NVIDIA-hosted NIM inference endpoints and, as an NGC personal key, can pull from the NGC catalog and nvcr.io.',
  remediation:
    'Revoke the key under API Keys on build.nvidia.com or org.ngc.nvidia.com, create a new one with an expiry and only the services needed, and load it from an environment variable (NVIDIA_API_KEY, NGC_API_KEY) or a secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'personal keys last until their expiry, which may be set to never',
  keywords: ['nvapi-'],
  pattern: /(?<![\w-])(nvapi-[A-Za-z0-9_-]{60,70})(?![\w-])/,
  entropy: 3.5,
  prefix: 'nvapi-',
  examples: () => ({
    match: [`export NVIDIA_API_KEY="${fake('nvapi-', BASE64URL, 64, 'a')}"`, `client = OpenAI(base_url=url, api_key="${fake('nvapi-', BASE64URL, 64, 'b')}")`],
    noMatch: [`NVIDIA_API_KEY=${fake('nvapi-', BASE64URL, 32, 'short')}`, 'export NVIDIA_API_KEY="nvapi-..."', `NvAPI_Initialize(); // ${fake('nvkey-', BASE64URL, 64, 'c')}`],
  }),
};
