// How the importer's tests read a refusal: the ReportError a reader throws, or its message.
import { ReportError } from '../../src/lib/import/report-error';

/** The ReportError a reader throws; fails the test when it reads, or throws anything else. */
export function thrown(read: () => unknown): ReportError {
  try {
    read();
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('expected the reader to refuse');
}

/** The importer's message for what it refuses, or undefined when it accepts. */
export function refusal(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof ReportError) return error.message;
    throw error;
  }
}
