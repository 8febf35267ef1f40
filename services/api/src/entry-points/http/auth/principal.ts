// Who is calling, as the authority's identity provider vouches for it: enough to authorise and to
// audit a request, and nothing that identifies a person beyond the provider's subject id.
import type { AuthorityCode } from '@bex/shared';

export const ROLES = ['officer', 'border-branch', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  subject: string;
  authority: AuthorityCode;
  /** The unit the holder acts for; for a border branch, its gate code. */
  office: string;
  gate?: string;
  roles: readonly Role[];
  /** Whether answers to this holder may carry personal data (names, identity documents). */
  personalData: boolean;
}
