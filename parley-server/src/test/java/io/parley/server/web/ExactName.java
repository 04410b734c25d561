package io.parley.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * How the page objects find controls inside a part of a page: by their accessible name or label,
 * matched exactly (so "Israel" never also finds "Israel's link").
 */
final class ExactName {
  private ExactName() {}

  /** The button inside {@code within} whose accessible name is exactly {@code name}. */
  static Locator button(Locator within, String name) {
    return within.getByRole(
        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The control inside {@code within} whose label is exactly {@code label}. */
  static Locator labelled(Locator within, String label) {
    return within.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }
}
