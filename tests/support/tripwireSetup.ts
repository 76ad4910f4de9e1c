// Arms the network tripwire inside this vitest worker (idempotent if NODE_OPTIONS already did).
import './networkTripwire.cjs';
