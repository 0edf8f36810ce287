// Entry point for `npm run bundle` and `npm run import`; all the work is in command-line.ts.
import { main } from './command-line.ts';

// A reader that stops early (`... | head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`civic-trail: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
