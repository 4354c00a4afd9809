/**
 * Identifiers of the EPA world, each checked at construction: {@link
 * dev.epakit.core.identity.Uln} (with its check digit), {@link
 * dev.epakit.core.identity.StandardReference}, {@link dev.epakit.core.identity.StandardVersion} and
 * {@link dev.epakit.core.identity.Standard} (with an optional option), {@link
 * dev.epakit.core.identity.EpaoId}, {@link dev.epakit.core.identity.Ukprn}, {@link
 * dev.epakit.core.identity.AssessorId} and the {@link dev.epakit.core.identity.Apprentice}.
 *
 * <p>User input goes through each type's {@code parse} factory, which returns a {@code
 * Validation} with every {@link dev.epakit.core.Problem} found; constructors and {@code of} are for
 * trusted values and throw {@link java.lang.IllegalArgumentException}. No {@code toString} here
 * prints a name or a whole ULN.
 */
package dev.epakit.core.identity;
