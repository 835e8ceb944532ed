// Registers every hbrs widget. Import this (or a widget's own `define` entry) once per page.
import './job-fairs/define.js';
import './pension-estimator/define.js';
import './postdoc-finder/define.js';
import './retirement-age/define.js';
import './service-map/define.js';
