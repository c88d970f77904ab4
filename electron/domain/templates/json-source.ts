// A JSON reader that remembers where every value starts, so a problem found later by the schema
// can be reported at its line in the file a clerk or an administrator edited by hand.

export type JsonPath = (string | number)[]

export type JsonSource =
  | { ok: true; value: unknown; offsets: Map<string, number> }
  | { ok: false; offset: number; message: string }

export const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String))

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string
  ) {
    super(message)
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

const MAX_DEPTH = 64

class Reader {
  pos = 0
  readonly offsets = new Map<string, number>()

  constructor(private readonly src: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(at, message)
  }

  skipSpace(): void {
    while (this.pos < this.src.length && /[ \t\r\n\uFEFF]/.test(this.src[this.pos]!)) this.pos++
  }

  describeHere(): string {
    const ch = this.src[this.pos]
    if (ch === undefined) return '文件提前结束'
    if (ch === '，' || ch === '：' || ch === '“' || ch === '”')
      return `出现了全角符号“${ch}”，JSON 只认半角符号`
    return `出现了意外的“${ch}”`
  }

  expect(ch: string, what: string): void {
    this.skipSpace()
    if (this.src[this.pos] !== ch) this.fail(`此处应为${what}，${this.describeHere()}`)
    this.pos++
  }

  value(path: JsonPath): unknown {
    // Real settings nest a few levels; 100,000 '[' would overflow the stack of this reader.
    if (path.length > MAX_DEPTH) this.fail('内容嵌套层数过多，不是有效的设置文件')
    this.skipSpace()
    this.offsets.set(pathKey(path), this.pos)
    const ch = this.src[this.pos]
    if (ch === '{') return this.object(path)
    if (ch === '[') return this.array(path)
    if (ch === '"') return this.string()
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number()
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (this.src.startsWith(word, this.pos)) {
        this.pos += word.length
        return v
      }
    }
    return this.fail(`此处应为一个值（文字要加英文双引号），${this.describeHere()}`)
  }

  /** Reads the items of an object or array up to `close`, separated by commas. */
  items(close: '}' | ']', readItem: () => void): void {
    this.pos++
    this.skipSpace()
    if (this.src[this.pos] === close) {
      this.pos++
      return
    }
    for (;;) {
      readItem()
      this.skipSpace()
      const at = this.pos
      const next = this.src[at]
      this.pos++
      if (next === close) return
      if (next !== ',') {
        this.pos = at
        this.fail(`此处应为英文逗号“,”或“${close}”，${this.describeHere()}`)
      }
    }
  }

  object(path: JsonPath): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    this.items('}', () => {
      this.skipSpace()
      const keyAt = this.pos
      if (this.src[this.pos] !== '"') {
        this.fail(`此处应为用英文双引号括起的设置项名称，${this.describeHere()}`)
      }
      const key = this.string()
      if (Object.hasOwn(out, key)) this.fail(`设置项“${key}”重复出现`, keyAt)
      this.expect(':', '英文冒号“:”')
      out[key] = this.value([...path, key])
    })
    return out
  }

  array(path: JsonPath): unknown[] {
    const out: unknown[] = []
    this.items(']', () => out.push(this.value([...path, out.length])))
    return out
  }

  string(): string {
    const start = this.pos
    this.pos++
    let out = ''
    for (;;) {
      const ch = this.src[this.pos]
      if (ch === undefined || ch === '\n') this.fail('文字缺少结尾的英文双引号', start)
      this.pos++
      if (ch === '"') return out
      if (ch !== '\\') {
        out += ch
        continue
      }
      const esc = this.src[this.pos]
      this.pos++
      if (esc === 'u') {
        const hex = this.src.slice(this.pos, this.pos + 4)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('“\\u”后应为四位十六进制数字')
        out += String.fromCharCode(parseInt(hex, 16))
        this.pos += 4
      } else if (esc !== undefined && esc in ESCAPES) {
        out += ESCAPES[esc]
      } else {
        this.fail(`无效的转义“\\${esc ?? ''}”，反斜杠要写成“\\\\”`, this.pos - 2)
      }
    }
  }

  number(): number {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.src.slice(this.pos))
    if (!m) this.fail(`数字写法有误，${this.describeHere()}`)
    this.pos += m[0].length
    return Number(m[0])
  }
}

export function readJsonSource(src: string): JsonSource {
  const reader = new Reader(src)
  try {
    const value = reader.value([])
    reader.skipSpace()
    if (reader.pos < src.length) reader.fail(`内容结束后还有多余的文字，${reader.describeHere()}`)
    return { ok: true, value, offsets: reader.offsets }
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, offset: e.offset, message: e.message }
    throw e
  }
}

export function lineAt(src: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < src.length; i++) if (src.charCodeAt(i) === 10) line++
  return line
}

/** The offset of the value at path, or of its nearest ancestor present in the file. */
export function offsetOf(offsets: Map<string, number>, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const at = offsets.get(pathKey(path.slice(0, n)))
    if (at !== undefined) return at
  }
  return 0
}
