package io.parley.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * An agent class named on the command line ({@code class:com.example.MyAgent}): loaded from the
 * agent path or Parley's classpath, checked to implement the seat's interface and to have a public
 * no-argument constructor, and instantiated afresh for every seat.
 *
 * @param type the loaded class
 * @param constructor its public no-argument constructor
 * @param where the class loader's search path, for messages
 * @param <T> {@link io.parley.negotiator.Negotiator} or {@link io.parley.negotiator.Mediator}
 */
record AgentClass<T>(Class<? extends T> type, Constructor<? extends T> constructor, String where) {

  /**
   * Loads class {@code name} as an agent of kind {@code kind}.
   *
   * @throws IllegalArgumentException naming the class and where it was looked for, if it is not
   *     found, does not implement {@code kind}, is abstract or not public, or has no public
   *     no-argument constructor
   */
  static <T> AgentClass<T> load(String name, Class<T> kind, ClassLoader loader, String where) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "'class:' needs a class name, e.g. class:com.example.MyAgent");
    }
    Class<?> loaded;
    try {
      loaded = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(
          "agent class " + name + " not found on " + where + reason(e), e);
    }
    if (!kind.isAssignableFrom(loaded)) {
      throw new IllegalArgumentException(
          "agent class "
              + name
              + " (from "
              + source(loaded)
              + ") does not implement "
              + kind.getName());
    }
    if (loaded.isInterface()
        || Modifier.isAbstract(loaded.getModifiers())
        || !Modifier.isPublic(loaded.getModifiers())) {
      throw new IllegalArgumentException(
          "agent class " + name + " (from " + source(loaded) + ") must be a public concrete class");
    }
    Class<? extends T> type = loaded.asSubclass(kind);
    try {
      return new AgentClass<>(type, type.getConstructor(), where);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "agent class "
              + name
              + " (from "
              + source(loaded)
              + ") has no public no-argument constructor",
          e);
    }
  }

  /**
   * A fresh agent.
   *
   * @throws IllegalArgumentException if the constructor throws, naming the class and the cause
   */
  T create() {
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(
          "the constructor of agent class "
              + type.getName()
              + " (from "
              + source(type)
              + ") threw "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
          cause);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalArgumentException(
          "agent class " + type.getName() + " could not be instantiated" + reason(e), e);
    }
  }

  /** Where a class was loaded from: its jar or directory, or "Parley's classpath". */
  static String source(Class<?> type) {
    var domain = type.getProtectionDomain();
    var code = domain == null ? null : domain.getCodeSource();
    return code == null || code.getLocation() == null
        ? "Parley's classpath"
        : code.getLocation().toString();
  }

  private static String reason(Throwable e) {
    return e instanceof ClassNotFoundException || e.getMessage() == null
        ? ""
        : " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
  }
}
