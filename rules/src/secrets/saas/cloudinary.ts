import type { PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * The CLOUDINARY_URL that Cloudinary's SDKs read: `cloudinary://<api_key>:<api_secret>@<cloud_name>`. API keys are
 * decimal (15 digits today), API secrets 27 base64url characters; the bounds are kept a little wider.
 */
export const cloudinaryUrl: PatternRule = {
  kind: 'pattern',
  id: 'cloudinary-url',
  title: 'Cloudinary API secret (CLOUDINARY_URL)',
  category: 'secret',
  severity: 'error',
  description: 'A cloudinary:// URL with an API key and secret; it uploads, changes and deletes every asset of the product environment and signs delivery URLs.',
  remediation:
    'Create a new API key pair under Settings > API Keys in the Cloudinary console, delete the exposed one, and set CLOUDINARY_URL from the platform\'s secret settings instead of committing it.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until the key pair is deleted',
  keywords: ['cloudinary://'],
  pattern: /\bcloudinary:\/\/\d{6,20}:([A-Za-z0-9_-]{20,40})@[A-Za-z0-9_-]{1,64}/i,
  entropy: 3.5,
  examples: () => ({
    match: [
      `CLOUDINARY_URL=cloudinary://${fakeChars('0123456789', 15, 'a')}:${fakeChars(BASE64URL, 27, 'a')}@acme-media`,
      `cloudinary.config({ url: "cloudinary://${fakeChars('0123456789', 15, 'b')}:${fakeChars(BASE64URL, 27, 'b')}@shop" })`,
    ],
    noMatch: ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', 'CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME'],
  }),
};
