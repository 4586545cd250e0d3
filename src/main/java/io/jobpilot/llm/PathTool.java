package io.jobpilot.llm;

import dev.langchain4j.agent.tool.Tool;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;

import java.util.function.Function;

/**
 * The assistant's certification-path tool, bound to one seeker like {@link SeekerTools}: the path is the planner's
 * (the order, uplifts, hours and costs are computed in code), handed to the model as data.
 */
final class PathTool {
    private final String userId;
    private final ProfileStore profiles;
    private final Function<SeekerProfile, String> path;

    PathTool(String userId, ProfileStore profiles, Function<SeekerProfile, String> path) {
        this.userId = userId;
        this.profiles = profiles;
        this.path = path;
    }

    @Tool("The current seeker's certification path, as jobpilot planned it: which certificate to take next, in what "
            + "order, why, hours and cost where known, and how many openings each would add to their match list.")
    String myCertificationPath() {
        return profiles.current(userId).filter(p -> p.consent().storeData() && !p.targets().isEmpty())
                .map(p -> DataBlock.of("certification_path", path.apply(p)))
                .orElse("The seeker has no target role yet, so there is no certification path.");
    }
}
