namespace CarePlanGraph.Domain.Complaints;

/// <summary>
/// Working days for complaint timescales (R25): Monday to Friday, except the bank holidays the council configures.
/// Counting starts the day after: a complaint received on a Monday is acknowledged within 3 working days by Thursday,
/// and one received at a weekend counts from Monday.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;

    public WorkingCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
    }

    /// <summary>Weekends only, with no bank holidays.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public IReadOnlyCollection<DateOnly> BankHolidays => _bankHolidays;

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(date);

    /// <summary>The <paramref name="workingDays"/>th working day after <paramref name="start"/> (which does not count itself).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>How many working days fall after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    public int WorkingDaysAfter(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
