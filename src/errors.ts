// One catalogue of errors: what happened, where, and what to do. The CLI prints the message of a
// BroadsheetError in one line and the stack only for anything else (a bug).

export type ErrorCode = "USAGE" | "CONFIG" | "INPUT" | "OUTPUT" | "STRICT" | "TEMPLATE";

export class BroadsheetError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BroadsheetError";
    this.code = code;
  }
}

/** The command line was used wrongly: exit code 2. */
export class UsageError extends BroadsheetError {
  constructor(message: string) {
    super("USAGE", message);
    this.name = "UsageError";
  }
}

/** A config file or setting is wrong. */
export class ConfigError extends BroadsheetError {
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super("CONFIG", `${file}: ${message}`, options);
    this.name = "ConfigError";
  }
}

/** The input folder as a whole cannot be read (single bad files are skips, not errors). */
export class InputError extends BroadsheetError {
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super("INPUT", `${path}: ${message}`, options);
    this.name = "InputError";
  }
}

/** The site could not be written; the previous output is left as it was. */
export class OutputError extends BroadsheetError {
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super("OUTPUT", `${path}: ${message}`, options);
    this.name = "OutputError";
  }
}

/** A template failed to render. */
export class TemplateError extends BroadsheetError {
  constructor(template: string, message: string, options?: { cause?: unknown }) {
    super("TEMPLATE", `${template}: ${message}`, options);
    this.name = "TemplateError";
  }
}

/** --strict was given and the build skipped files or raised warnings. */
export class StrictError extends BroadsheetError {
  constructor(message: string) {
    super("STRICT", message);
    this.name = "StrictError";
  }
}
