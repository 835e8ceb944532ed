import type { InputMessages } from '../input.js';

/** Messages of a rejected number input (en). */
const en: InputMessages = {
  inputEmpty: 'Please fill in this field.',
  inputNotANumber: 'Please enter a number.',
  inputDecimalComma: 'Use a point for decimals, e.g. 15.5 (a comma only separates thousands).',
  inputNegative: 'Must not be negative.',
  inputNotPositive: 'Must be greater than 0.',
  inputNotInteger: 'Please enter a whole number.',
  inputTooSmall: 'Too small: the minimum is {min}.',
  inputTooLarge: 'Too large: the maximum is {max}.',
};
export default en;
