/** Request header through which the proxy tells the admin layout and pages which path was asked for. */
export const ADMIN_PATH_HEADER = 'x-bc-admin-path';
