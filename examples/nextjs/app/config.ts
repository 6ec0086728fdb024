// Where the reference server is and whose token the page uses, read per request on the server.
// A real host takes the token from its own session instead of the seeded development one.
export interface PlankitConfig {
  readonly apiUrl: string;
  readonly token: string;
}

export function plankitConfig(): PlankitConfig {
  return {
    apiUrl: process.env.PLANKIT_API_URL ?? 'http://127.0.0.1:8787',
    token: process.env.PLANKIT_TOKEN ?? 'tok_owner_northwind',
  };
}
