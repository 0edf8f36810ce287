// Entry point for `npm run synth`; all the work is in command-line.ts.
import { main } from './command-line.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
