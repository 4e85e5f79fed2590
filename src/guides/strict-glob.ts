/**
 * Astro's glob loader, except that a page which fails to render stops the build. The glob loader logs the error
 * and stores the page unrendered, so a bad guide block would only show up later as a page without its body.
 */
import { glob } from "astro/loaders";
import type { Loader, LoaderContext } from "astro/loaders";

/** The glob loader with rendering errors made fatal; the error names the file, the line and the field. */
export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    async load(context: LoaderContext) {
      const failures: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext["logger"];
      logger.error = (message: string) => {
        failures.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (failures.length > 0) throw new Error(failures.join("\n"));
    },
  };
}
