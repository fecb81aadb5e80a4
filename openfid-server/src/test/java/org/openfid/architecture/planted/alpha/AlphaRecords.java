package org.openfid.architecture.planted.alpha;

import java.util.List;
import org.springframework.stereotype.Repository;

/** Module alpha's repository, recognised by its annotation. Abstract, so never scanned as a bean. */
@Repository
public abstract class AlphaRecords {

    public abstract List<String> names();
}
