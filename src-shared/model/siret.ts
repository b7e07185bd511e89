/**
 * SIRET (9-digit SIREN + 5-digit NIC): 14 digits whose Luhn sum is a multiple of 10 (INSEE). The SCDL schemas ask
 * for it (COLL_SIRET, pattern ^\d{14}$); the Luhn key catches a mistyped digit, which the pattern alone does not.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const isSiret = (value: string): boolean => /^\d{14}$/.test(value) && luhnValid(value);
