// Registers every hbrs widget. Import this (or a widget's own `define` entry) once per page.
import './placeholder/define.js';
