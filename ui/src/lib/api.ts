// The app's commands, typed: the wrappers are generated from the Rust
// commands (src/bindings/commands.ts); every rejection is one Problem.
export {
  appInfo,
  asProblem,
  backupNow,
  checkIin,
  listBackups,
  officeServer,
  restoreBackup,
  setOfficeServer,
  setPassphrase,
  storeStatus,
  unlock,
} from "../bindings/commands";
