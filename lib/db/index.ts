import 'server-only';

export { db } from './instance';
