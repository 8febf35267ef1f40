export { startAuthority, type RunningAuthority } from './authority-node';
export { loadAuthorityConfig, ROLES, type AuthorityConfig, type Role } from './config';
