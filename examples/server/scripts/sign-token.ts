// Mint a signed bearer token (what a host's sign-in does per session), e.g.:
//   AUTH_TOKEN_SECRET=… npx tsx --conditions=@plankit/source scripts/sign-token.ts agency_member agency_northwind user_northwind_owner
//   AUTH_TOKEN_SECRET=… npx tsx --conditions=@plankit/source scripts/sign-token.ts sub_account_user sa_harbor sau_harbor 3600
import { signToken } from '../src/auth/signed-tokens';

const [kind, scope, userId, seconds = '3600'] = process.argv.slice(2);
const secret = process.env.AUTH_TOKEN_SECRET ?? '';
if ((kind !== 'agency_member' && kind !== 'sub_account_user') || !scope || !userId) {
  console.error(
    'usage: sign-token.ts agency_member <agencyId> <userId> [seconds] | sub_account_user <subAccountId> <userId> [seconds]',
  );
  process.exit(1);
}
const expiresAt = new Date(Date.now() + Number(seconds) * 1000);
const user = kind === 'agency_member' ? { kind, agencyId: scope, userId } : { kind, subAccountId: scope, userId };
console.log(signToken(user, expiresAt, secret));
