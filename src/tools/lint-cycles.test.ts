// @vitest-environment node
// The cycle rule is only worth having if it reads TypeScript imports: a rule that silently
// resolves nothing passes every tree. This lints a deliberate cycle and expects it caught.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('the import cycle rule', () => {
  it('finds a cycle between two .ts files', async () => {
    // The fixture folder is ignored by the project's lint; here it is linted on purpose.
    const eslint = new ESLint({ ignore: false });
    const results = await eslint.lintFiles(['src/test/fixtures/import-cycle/*.ts']);
    const cycles = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map(() => r.filePath),
    );
    expect(cycles.map((f) => f.split('/').pop()).sort()).toEqual(['first.ts', 'second.ts']);
  }, 60_000);
});
