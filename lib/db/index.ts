import 'server-only';

export { db, publicDb } from './instance';
