// Entry of the 数据校验 / Check your data page (a module script file: the page runs under a strict CSP).
import { mountCheck } from './check.js';

const main = document.getElementById('main');
if (main) mountCheck(main);
