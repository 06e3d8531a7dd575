// Dates in tests are read in UTC so results do not depend on the machine.
process.env.TZ = "UTC";
