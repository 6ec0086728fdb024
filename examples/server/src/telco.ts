// The simulated telco behind the reference server: what a number costs the agency each month.

/** Monthly telco cost of a number, in minor units of the agency's currency ($1.15). */
export const TELCO_COST = 115;
