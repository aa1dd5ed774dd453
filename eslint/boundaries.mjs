import fs from "node:fs";
import path from "node:path";

/**
 * The layering, as import/no-restricted-paths zones: app → components → modules → lib, db.
 * A module's insides are its own: others reach it through its index.ts, its server actions
 * (actions.ts, what client components call) and, for accounts, the request surface
 * (request.ts: session, next-auth, the session-bound action wrapper).
 */
const root = path.join(import.meta.dirname, "..");
const modules = fs
  .readdirSync(path.join(root, "modules"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (target, from, message) => ({ target, from, message });

export const boundaryZones = [
  layer("./lib", "./modules", "lib/ is the kernel: it may not import a domain module."),
  layer("./lib", "./components", "lib/ is the kernel: it may not import components."),
  layer("./lib", "./app", "lib/ is the kernel: it may not import app/."),
  // The kernel's action wrapper runs in a transaction and knows the schema's types; nothing else of db/.
  { target: "./lib", from: "./db", except: ["./executor.ts", "./client.ts", "./schema"], message: "lib/ may use db/'s executor, client and schema only." },
  ...["./db/*.ts", "./db/schema/**"].flatMap((target) => [
    layer(target, "./modules", "db/ imports only the kernel in lib/."),
    layer(target, "./components", "db/ imports only the kernel in lib/."),
    layer(target, "./app", "db/ imports only the kernel in lib/."),
  ]),
  layer("./modules", "./components", "Modules sit below components: they may not import them."),
  layer("./modules", "./app", "Modules sit below app/: they may not import it."),
  layer("./components", "./app", "Components sit below app/: they may not import it."),
  ...modules.map((name) => ({
    target: `./modules/!(${name})/**/!(actions).ts`,
    from: `./modules/${name}`,
    except: ["./index.ts"],
    message: `Other modules use modules/${name} through its index.ts only.`,
  })),
  // A module's server actions also bind its specs to the request, through accounts' request.ts.
  ...modules.map((name) => ({
    target: `./modules/!(${name})/actions.ts`,
    from: `./modules/${name}`,
    except: ["./index.ts", ...(name === "accounts" ? ["./request.ts"] : [])],
    message: `Server actions use modules/${name} through its index.ts${name === "accounts" ? " or request.ts" : ""}.`,
  })),
  ...modules.map((name) => ({
    target: ["./app/**", "./components/**"],
    from: `./modules/${name}`,
    except: ["./index.ts", "./actions.ts", ...(name === "accounts" ? ["./request.ts"] : [])],
    message: `Use modules/${name} through its index.ts${name === "accounts" ? ", request.ts" : ""} or actions.ts.`,
  })),
];
