export { startAuthority, type RunningAuthority, type AuthorityOptions } from './authority-node';
export { loadAuthorityConfig, ROLES, type AuthorityConfig, type Role } from './config';
