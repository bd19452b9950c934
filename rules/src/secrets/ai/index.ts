import type { Rule } from '../../rule.js';
import { anthropicAdminKey, anthropicApiKey } from './anthropic.js';
import { cohereApiKey } from './cohere.js';
import { cerebrasApiKey } from './cerebras.js';
import { deepseekApiKey } from './deepseek.js';
import { devinPersonalApiKey, devinServiceApiKey, devinServiceUserToken } from './devin.js';
import { elevenlabsApiKey } from './elevenlabs.js';
import { fireworksApiKey } from './fireworks.js';
import { groqApiKey } from './groq.js';
import { huggingfaceAccessToken, huggingfaceOrgToken } from './huggingface.js';
import { langsmithApiKey } from './langsmith.js';
import { mistralApiKey } from './mistral.js';
import { nvidiaApiKey } from './nvidia.js';
import { openaiAdminKey, openaiApiKey } from './openai.js';
import { openrouterApiKey } from './openrouter.js';
import { perplexityApiKey } from './perplexity.js';
import { replicateApiToken } from './replicate.js';
import { togetherApiKey } from './together.js';
import { voyageApiKey } from './voyage.js';
import { xaiApiKey } from './xai.js';
import { zaiApiKey } from './zai.js';

/** Prefixed formats first, keyword-context formats (bare hex or alphanumerics) last. */
export const aiRules: Rule[] = [
  openaiApiKey,
  openaiAdminKey,
  anthropicApiKey,
  anthropicAdminKey,
  huggingfaceAccessToken,
  huggingfaceOrgToken,
  replicateApiToken,
  groqApiKey,
  perplexityApiKey,
  xaiApiKey,
  togetherApiKey,
  fireworksApiKey,
  langsmithApiKey,
  openrouterApiKey,
  nvidiaApiKey,
  cerebrasApiKey,
  devinPersonalApiKey,
  devinServiceApiKey,
  devinServiceUserToken,
  elevenlabsApiKey,
  deepseekApiKey,
  voyageApiKey,
  zaiApiKey,
  cohereApiKey,
  mistralApiKey,
];
