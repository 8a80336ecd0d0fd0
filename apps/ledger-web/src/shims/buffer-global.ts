// The verifier in libs/evidence uses Node's Buffer; in the page it is the `buffer` package's.
import { Buffer } from 'buffer';

export { Buffer };
