export { stackEnv, type StackEnv } from './stack-env';
export { uniqueName } from './unique-name';
