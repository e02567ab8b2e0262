/** Where the test server (playwright.config.ts) writes e-mails: there is no SMTP_URL in the tests. */
export const OUTBOX_DIR = './.tmp/e2e/outbox';
