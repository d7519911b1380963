namespace DoxGuard.Registry;

/// <summary>Turns a record into the keyed hashes of every canonical form of its details (what the store keeps).</summary>
internal static class RecordHasher
{
    public static HashedRecord? TryHash(ProtectedRecord record, KeyedHasher hasher, out string? error)
    {
        var forms = new List<(DetailKind Kind, string Value)>();
        var surnames = new List<string>();
        for (int i = 0; i < record.Names.Count; i++)
        {
            List<string> words = DetailCanonicalizer.NameWords(record.Names[i]);
            if (words.Count < 2)
            {
                error = $"'names[{i}]' needs a given name and a surname";
                return null;
            }

            forms.Add((DetailKind.Name, DetailCanonicalizer.NamePair(words[0], words[^1])));
            surnames.Add(words[^1]);
        }

        for (int i = 0; i < record.Relatives.Count; i++)
        {
            List<string> words = DetailCanonicalizer.NameWords(record.Relatives[i]);
            if (words.Count == 0)
            {
                error = $"'relatives[{i}]' has no name";
                return null;
            }

            if (words.Count >= 2)
            {
                forms.Add((DetailKind.Name, DetailCanonicalizer.NamePair(words[0], words[^1])));
            }

            // A relative is named beside the family surname ("his wife Marta Kwiatkowski") even when registered
            // under another surname or none.
            foreach (string surname in surnames)
            {
                forms.Add((DetailKind.Name, DetailCanonicalizer.NamePair(words[0], surname)));
            }

            if (words.Count < 2 && surnames.Count == 0)
            {
                error = $"'relatives[{i}]' is a given name alone and the record has no name to take the surname from";
                return null;
            }
        }

        for (int i = 0; i < record.Addresses.Count; i++)
        {
            if (!AddressKeys.TryParseRecord(record.Addresses[i], out List<AddressParts> readings, out string? why))
            {
                error = $"'addresses[{i}]' {why}";
                return null;
            }

            foreach (AddressParts reading in readings)
            {
                forms.AddRange(AddressKeys.RecordForms(reading));
            }
        }

        for (int i = 0; i < record.Phones.Count; i++)
        {
            if (!DetailCanonicalizer.TryPhone(record.Phones[i], out string e164))
            {
                error = $"'phones[{i}]' is not a possible phone number";
                return null;
            }

            forms.Add((DetailKind.Phone, e164));
        }

        for (int i = 0; i < record.Emails.Count; i++)
        {
            if (!DetailCanonicalizer.TryEmail(record.Emails[i], out string email))
            {
                error = $"'emails[{i}]' is not an email address";
                return null;
            }

            forms.Add((DetailKind.Email, email));
        }

        for (int i = 0; i < record.Plates.Count; i++)
        {
            if (!DetailCanonicalizer.TryPlate(record.Plates[i], out string plate))
            {
                error = $"'plates[{i}]' must have 2 to 8 letters and digits";
                return null;
            }

            forms.Add((DetailKind.Plate, plate));
        }

        var hashes = new HashSet<UInt128>(forms.Count);
        var tags = new HashSet<uint>(forms.Count);
        foreach ((DetailKind kind, string value) in forms)
        {
            hashes.Add(hasher.Hash(kind, value));
            tags.Add(hasher.Tag(kind, value));
        }

        error = null;
        return new HashedRecord(record.Id, [.. hashes]) { Tags = [.. tags] };
    }
}
