/** Our own pure-Java ray caster that renders the synthetic figure to pictures for the rendered samples and tests. */
package org.medius.synth.render;
