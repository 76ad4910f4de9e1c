import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inertMarkdown, toMarkdown } from '../../../electron/core/exchange/markdownExport';
import { makeTempDir } from '../support/coreHarness';
import { entry, selection, selfCheck } from './support/samples';

describe('the Markdown export for a therapist', () => {
  it('opens with a title, the export date and the disclaimer, in the chosen language', () => {
    const en = toMarkdown(selection({ lang: 'en' }));
    expect(en.split('\n\n').slice(0, 3)).toEqual([
      '# Journal — exported from Alcove',
      'Exported on 12 March 2026',
      expect.stringMatching(/^> .*not a substitute for care, and it is not monitored by anyone/),
    ]);
    const fr = toMarkdown(selection({ lang: 'fr' }));
    expect(fr).toContain('Exporté le 12 mars 2026');
    expect(fr).toMatch(/> .*ne remplace pas un accompagnement et personne ne le surveille/);
  });

  it('gives each entry a heading, its local date and its feelings in words, then the body as written', () => {
    const md = toMarkdown(
      selection({
        lang: 'fr',
        entries: [
          entry({
            title: 'Séance de jeudi',
            body: 'On a parlé du *stress*.\n\n- dormir plus\n- marcher\n\n> une citation',
            emotions: [
              { id: 'anxiety', intensity: 7 },
              { id: 'relief', intensity: 3 },
            ],
          }),
          entry({ title: '', body: 'Sans titre.', createdAt: '2026-03-06T07:00:00.000Z' }),
        ],
      }),
    );
    expect(md).toContain(
      [
        '---',
        '## Séance de jeudi',
        '*jeudi 5 mars 2026 à 18:30*',
        '**Émotions**\u00a0: anxiété 7/10, soulagement 3/10',
        'On a parlé du *stress*.\n\n- dormir plus\n- marcher\n\n> une citation',
      ].join('\n\n'),
    );
    expect(md).toContain('## vendredi 6 mars 2026 à 08:00\n\nSans titre.');
    expect(
      toMarkdown(selection({ entries: [entry({ emotions: [{ id: 'anxiety', intensity: 7 }] })] })),
    ).toContain('**Feelings**: anxiety 7/10');
  });

  it('makes raw HTML inert: no "<" from any body or title reaches the file', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<IMG SRC=x onerror="alert(1)">',
      '<!-- comment --><svg/onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '`<code>` and <http://autolink.example>',
    ].join('\n\n');
    const md = toMarkdown(selection({ entries: [entry({ title: '<b>bold</b> title', body: hostile })] }));
    expect(md).not.toContain('<');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('&lt;img src=x onerror=alert(1)>');
    expect(md).toContain('## &lt;b>bold&lt;/b> title');
  });

  it('keeps ordinary Markdown, links and images included, but turns script links back into text', () => {
    const body = [
      '**bold**, _italic_, `code`, a [site](https://example.org/a?b=1&c=2), a [note](notes/day.md)',
      '![photo](https://example.org/p.jpg "title")',
      '[bad](javascript:alert(1)) [worse](  JaVaScRiPt:alert(1)) [sly](java&#115;cript:alert(1))',
      '[escaped](javascript\\:alert(1)) [data](data:text/html,x)',
      '[ref]: vbscript:msgbox(1)',
      '[fine]: https://example.org',
    ].join('\n');
    const out = inertMarkdown(body);
    expect(out).toContain('[site](https://example.org/a?b=1&c=2)');
    expect(out).toContain('[note](notes/day.md)');
    expect(out).toContain('![photo](https://example.org/p.jpg "title")');
    expect(out).toContain('[bad]\\(javascript:alert(1))');
    expect(out).toContain('[worse]\\(  JaVaScRiPt:alert(1))');
    expect(out).toContain('[sly]\\(java&#115;cript:alert(1))');
    expect(out).toContain('[escaped]\\(javascript\\:alert(1))');
    expect(out).toContain('[data]\\(data:text/html,x)');
    expect(out).toContain('[ref\\]: vbscript:msgbox(1)');
    expect(out).toContain('[fine]: https://example.org');
  });

  it('stays linear on pathological bodies (nothing backtracks)', () => {
    const bodies = [
      ']('.repeat(500_000),
      `[x](${' '.repeat(1_000_000)}javascript:x)`,
      `${'\\'.repeat(1_000_000)}](javascript:x)`,
      `](${'a'.repeat(1_000_000)}`,
      `${'<'.repeat(500_000)}${'\n```'.repeat(500_000)}`,
    ];
    for (const body of bodies) {
      const started = performance.now();
      inertMarkdown(body);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('closes a code fence a body leaves open, so the next entry is not swallowed', () => {
    const md = toMarkdown(
      selection({
        entries: [entry({ body: 'look:\n~~~~ js\nnever closed' }), entry({ title: 'Next', body: 'after' })],
      }),
    );
    expect(md).toContain('~~~~ js\nnever closed\n~~~~\n\n---\n\n## Next');
    expect(inertMarkdown('```\ncode\n```\ntext')).toBe('```\ncode\n```\ntext');
  });

  it('adds the period, what to bring and the self-check-ins when there are some', () => {
    const md = toMarkdown(
      selection({
        summary: {
          period: { from: '2026-03-01', to: '2026-03-12' },
          toBring: 'The <i>argument</i> on Sunday.',
        },
        selfChecks: [selfCheck()],
      }),
    );
    expect(md).toContain('Period: 1 March 2026 – 12 March 2026');
    expect(md).toContain('## To bring to my next session\n\nThe &lt;i>argument&lt;/i> on Sunday.');
    expect(md).toContain('- 7 March 2026 — PHQ-9 (mood): 8/27, mild');
    expect(md).toMatch(/to discuss with your therapist: not a diagnosis/);
  });

  it('is written to a real file as UTF-8 and reads back unchanged (NUL shown as U+FFFD)', () => {
    const file = path.join(makeTempDir('alcove-md-'), 'journal.md');
    const md = toMarkdown(selection({ entries: [entry({ body: 'Zoé 🌙 שלום\r\nnul:\u0000.' })] }));
    fs.writeFileSync(file, md, { mode: 0o600 });
    const back = fs.readFileSync(file, 'utf8');
    expect(back).toBe(md);
    expect(back).toContain('Zoé 🌙 שלום\r\nnul:\uFFFD.');
  });
});
