package org.ipflow.workers.relativegrounds;

/** How the classes of an earlier mark stand to the classes of the mark searched for. */
public enum ClassRelation {
  /** They share at least one Nice class. */
  SAME,
  /** They share no class, but a class of one is related to a class of the other. */
  RELATED
}
