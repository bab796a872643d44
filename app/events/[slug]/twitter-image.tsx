export { default, alt, size, contentType } from './opengraph-image';

export const revalidate = 3600;
