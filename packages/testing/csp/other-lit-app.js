// A host page's own Lit app, beside hbrs on the CSP test page: its Lit creates the Trusted Types policy
// "lit-html" as every Lit app does.
import { LitElement, html } from 'lit';

class OtherLitApp extends LitElement {
  render() {
    return html`<p>host app <b>${'rendered'}</b></p>`;
  }
}
customElements.define('other-lit-app', OtherLitApp);
