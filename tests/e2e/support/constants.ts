export const E2E_PORT = 3100;
/** The demo accounts' password in end-to-end runs (TANDEM_DEMO_PASSWORD); never used outside tests. */
export const E2E_DEMO_PASSWORD = "e2e-demo-password";
