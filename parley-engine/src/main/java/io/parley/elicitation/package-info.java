/**
 * Preference elicitation in the single negotiating text: a mediator that learns, from nothing but
 * the parties' answers and amendments, a classifier of each party's acceptable set, and puts the
 * text those classifiers predict every party can accept ({@link
 * io.parley.elicitation.ElicitingMediator}).
 */
package io.parley.elicitation;
