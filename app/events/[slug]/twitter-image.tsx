export { default, alt, size, contentType, revalidate } from './opengraph-image';
