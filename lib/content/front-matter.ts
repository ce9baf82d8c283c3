/**
 * A deliberately small front-matter reader: `key: value` lines between two `---` lines.
 * Content files need nothing more, and a strict format gives precise error messages.
 */
export type FrontMatter = { data: Record<string, string>; body: string };

export function parseFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") throw new Error(`${file}: must start with a '---' front-matter line`);
  const end = lines.indexOf("---", 1);
  if (end < 0) throw new Error(`${file}: front matter is not closed with '---'`);
  const data: Record<string, string> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected 'key: value', got "${line}"`);
    if (m[1] in data) throw new Error(`${file}:${i + 1}: duplicate key '${m[1]}'`);
    data[m[1]] = m[2].trim();
  }
  return { data, body: lines.slice(end + 1).join("\n") };
}

/** Splits a body into `# Heading` sections (level-1 headings only). */
export function splitSections(body: string, file: string): Record<string, string> {
  const sections: Record<string, string> = {};
  let current: string | null = null;
  const buf: string[] = [];
  const flush = () => {
    if (current !== null) sections[current] = buf.join("\n").trim();
    buf.length = 0;
  };
  for (const line of body.split("\n")) {
    const m = /^# (.+)$/.exec(line);
    if (m) {
      flush();
      current = m[1].trim().toLowerCase();
      if (current in sections) throw new Error(`${file}: section '# ${m[1]}' appears twice`);
    } else if (current === null) {
      if (line.trim()) throw new Error(`${file}: text before the first '# Front' heading`);
    } else buf.push(line);
  }
  flush();
  return sections;
}
