import { ensureBuild } from "./build";

ensureBuild();
